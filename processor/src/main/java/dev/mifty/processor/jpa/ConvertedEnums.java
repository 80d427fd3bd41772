package dev.mifty.processor.jpa;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The database values of an enum behind an {@code AttributeConverter}, computed at compile time where that is
 * exact: Hibernate 7 checks the column for {@code convertToDatabaseColumn(c)} of every constant {@code c} (it runs
 * the converter), and Mifty cannot run user code while it compiles. It reads the converter's source instead
 * (javac's tree API) and evaluates {@code convertToDatabaseColumn} when its body uses only what has one meaning
 * at compile time: the constant's {@code name()}, {@code ordinal()}, {@code toString()} (not overridden), a field
 * set from a literal constructor argument (directly or through a no-argument getter returning it), literals,
 * {@code x == null ? ... : ...} and {@code if (x == null) return ...}, {@code switch} expressions over the
 * constants, {@code +}, and methods of {@code java.lang.String}. Anything else (another class, a static call, a
 * converter only present as a class file) is unknown: the caller keeps the {@code [mifty:not-mapped]} warning.
 */
final class ConvertedEnums {

    /** JDK value types whose methods are pure and may be evaluated. */
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Integer.class, Long.class, Short.class,
            Character.class, Boolean.class);

    private final Trees trees;

    private ConvertedEnums(Trees trees) {
        this.trees = trees;
    }

    /** Null when javac's tree API is not available (another compiler): every converted enum stays unknown. */
    static ConvertedEnums of(ProcessingEnvironment env) {
        try {
            return new ConvertedEnums(Trees.instance(env));
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Thrown inside the evaluation for anything not known at compile time. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** A constant of the enum being converted. */
    private record Constant(VariableElement element, int ordinal) {
    }

    /**
     * The check expression for {@code column}: {@code column in ('H','L','M')} (in Hibernate's order), or
     * empty when the converter's values cannot be known exactly.
     */
    Optional<String> check(TypeElement converter, TypeElement enumType, String column) {
        try {
            ExecutableElement method = converter.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("convertToDatabaseColumn"))
                    .map(ExecutableElement.class::cast).filter(m -> m.getParameters().size() == 1)
                    .filter(m -> !m.getParameters().get(0).asType().toString().equals("java.lang.Object"))
                    .findFirst().orElseThrow(Unknown::new);
            MethodTree tree = trees.getTree(method);
            if (tree == null || tree.getBody() == null) {
                throw new Unknown();
            }
            String parameter = tree.getParameters().get(0).getName().toString();
            List<VariableElement> constants = enumType.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(VariableElement.class::cast).toList();
            // Hibernate 7's EnumJavaType.valueSet: the converted values in a HashSet sized by CollectionHelper.setOfSize,
            // so the check lists them in that set's iteration order (the same Java values hash the same here)
            Set<Object> values = new HashSet<>(Math.max((int) (constants.size() / .75f) + 1, 16), .75f);
            for (int i = 0; i < constants.size(); i++) {
                Map<String, Object> scope = new HashMap<>();
                scope.put(parameter, new Constant(constants.get(i), i));
                Object value = block(tree.getBody().getStatements(), scope, enumType);
                if (value == null) {
                    throw new Unknown(); // a null in the set: not guessed
                }
                values.add(value);
            }
            List<String> literals = new ArrayList<>();
            for (Object value : values) {
                literals.add(literal(value));
            }
            return literals.isEmpty() ? Optional.empty()
                    : Optional.of(column + " in (" + String.join(",", literals) + ")");
        } catch (Unknown | ClassCastException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String literal(Object value) {
        if (value instanceof String || value instanceof Character) {
            return "'" + value.toString().replace("'", "''") + "'";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        throw new Unknown();
    }

    /** Runs the statements up to the first {@code return}. */
    private Object block(List<? extends StatementTree> statements, Map<String, Object> scope, TypeElement enumType) {
        for (StatementTree s : statements) {
            if (s instanceof ReturnTree r) {
                return eval(r.getExpression(), scope, enumType);
            }
            if (s instanceof IfTree i) {
                boolean taken = (Boolean) eval(i.getCondition(), scope, enumType);
                StatementTree branch = taken ? i.getThenStatement() : i.getElseStatement();
                if (branch != null) {
                    List<? extends StatementTree> inner = branch instanceof BlockTree b ? b.getStatements() : List.of(branch);
                    if (inner.stream().anyMatch(x -> x instanceof ReturnTree)) {
                        return block(inner, scope, enumType);
                    }
                    if (!inner.isEmpty()) {
                        throw new Unknown();
                    }
                }
                continue;
            }
            throw new Unknown();
        }
        throw new Unknown();
    }

    private Object eval(ExpressionTree e, Map<String, Object> scope, TypeElement enumType) {
        if (e instanceof ParenthesizedTree p) {
            return eval(p.getExpression(), scope, enumType);
        }
        if (e instanceof LiteralTree l) {
            return l.getValue();
        }
        if (e instanceof IdentifierTree id) {
            if (!scope.containsKey(id.getName().toString())) {
                throw new Unknown();
            }
            Object value = scope.get(id.getName().toString());
            return value instanceof FieldRef f ? field((Constant) scope.get("this"), f.name(), enumType) : value;
        }
        if (e instanceof ConditionalExpressionTree c) {
            return (Boolean) eval(c.getCondition(), scope, enumType)
                    ? eval(c.getTrueExpression(), scope, enumType) : eval(c.getFalseExpression(), scope, enumType);
        }
        if (e instanceof BinaryTree b) {
            Object left = eval(b.getLeftOperand(), scope, enumType);
            Object right = eval(b.getRightOperand(), scope, enumType);
            return switch (b.getKind()) {
                case EQUAL_TO -> identical(left, right);
                case NOT_EQUAL_TO -> !identical(left, right);
                case PLUS -> {
                    if (left instanceof String || right instanceof String) {
                        yield text(left) + text(right);
                    }
                    if (left instanceof Integer x && right instanceof Integer y) {
                        yield x + y;
                    }
                    throw new Unknown();
                }
                default -> throw new Unknown();
            };
        }
        if (e instanceof SwitchExpressionTree sw) {
            Object selector = eval(sw.getExpression(), scope, enumType);
            if (!(selector instanceof Constant c)) {
                throw new Unknown();
            }
            ExpressionTree fallback = null;
            for (CaseTree k : sw.getCases()) {
                if (k.getBody() == null || !(k.getBody() instanceof ExpressionTree body)) {
                    throw new Unknown(); // a block or a statement case: not evaluated
                }
                if (k.getExpressions().isEmpty()) {
                    fallback = body;
                }
                for (ExpressionTree label : k.getExpressions()) {
                    if (label instanceof IdentifierTree id && id.getName().contentEquals(c.element().getSimpleName())) {
                        return eval(body, scope, enumType);
                    }
                }
            }
            if (fallback == null) {
                throw new Unknown();
            }
            return eval(fallback, scope, enumType);
        }
        if (e instanceof MemberSelectTree m) {
            Object target = eval(m.getExpression(), scope, enumType);
            if (target instanceof Constant c) {
                return field(c, m.getIdentifier().toString(), enumType);
            }
            throw new Unknown();
        }
        if (e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
            Object target = eval(select.getExpression(), scope, enumType);
            String name = select.getIdentifier().toString();
            List<Object> args = new ArrayList<>();
            for (ExpressionTree a : call.getArguments()) {
                args.add(eval(a, scope, enumType));
            }
            if (target instanceof Constant c) {
                return invoke(c, name, args, enumType);
            }
            return jdk(target, name, args);
        }
        throw new Unknown();
    }

    private static boolean identical(Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Constant a && right instanceof Constant b) {
            return a.equals(b);
        }
        throw new Unknown();
    }

    private static String text(Object value) {
        if (value instanceof Constant || value == null) {
            throw new Unknown();
        }
        return value.toString();
    }

    /** {@code name()}, {@code ordinal()}, {@code toString()} and getters of the enum, on one constant. */
    private Object invoke(Constant c, String method, List<Object> args, TypeElement enumType) {
        if (!args.isEmpty()) {
            throw new Unknown();
        }
        ExecutableElement declared = enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(method))
                .map(ExecutableElement.class::cast).filter(m -> m.getParameters().isEmpty()).findFirst().orElse(null);
        if (declared == null) {
            return switch (method) {
                case "name", "toString" -> c.element().getSimpleName().toString();
                case "ordinal" -> c.ordinal();
                default -> throw new Unknown();
            };
        }
        if (trees.getTree(c.element()) != null && constantBody(c)) {
            throw new Unknown(); // a constant with its own class body may override the method
        }
        MethodTree tree = trees.getTree(declared);
        if (tree == null || tree.getBody() == null) {
            throw new Unknown();
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("this", c);
        fieldNames(enumType).forEach(f -> scope.put(f, new FieldRef(f)));
        return block(tree.getBody().getStatements(), scope, enumType);
    }

    /** A field of the enum named inside one of its methods, resolved against the constant afterwards. */
    private record FieldRef(String name) {
    }

    private static List<String> fieldNames(TypeElement enumType) {
        return enumType.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.FIELD)
                .map(e -> e.getSimpleName().toString()).toList();
    }

    private boolean constantBody(Constant c) {
        Tree t = trees.getTree(c.element());
        return t instanceof VariableTree v && v.getInitializer() instanceof NewClassTree n && n.getClassBody() != null;
    }

    /**
     * The value of a field of the enum for one constant: a field assigned once in the constructor from a parameter
     * ({@code this.code = code}), the constant passing a literal for that parameter.
     */
    private Object field(Constant c, String fieldName, TypeElement enumType) {
        Tree constantTree = trees.getTree(c.element());
        if (!(constantTree instanceof VariableTree v) || !(v.getInitializer() instanceof NewClassTree created)
                || created.getClassBody() != null) {
            throw new Unknown();
        }
        List<ExecutableElement> constructors = enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.CONSTRUCTOR).map(ExecutableElement.class::cast)
                .filter(k -> k.getParameters().size() == created.getArguments().size()).toList();
        if (constructors.size() != 1) {
            throw new Unknown();
        }
        MethodTree constructor = trees.getTree(constructors.get(0));
        if (constructor == null || constructor.getBody() == null) {
            throw new Unknown();
        }
        List<String> params = constructor.getParameters().stream().map(p -> p.getName().toString()).toList();
        String source = null;
        for (StatementTree s : constructor.getBody().getStatements()) {
            if (s instanceof ExpressionStatementTree es && es.getExpression() instanceof AssignmentTree a
                    && assigned(a.getVariable(), fieldName) && a.getExpression() instanceof IdentifierTree from) {
                if (source != null) {
                    throw new Unknown();
                }
                source = from.getName().toString();
            }
        }
        int index = source == null ? -1 : params.indexOf(source);
        if (index < 0) {
            throw new Unknown();
        }
        ExpressionTree argument = created.getArguments().get(index);
        if (!(argument instanceof LiteralTree literal)) {
            throw new Unknown();
        }
        return literal.getValue();
    }

    private static boolean assigned(ExpressionTree variable, String field) {
        if (variable instanceof IdentifierTree id) {
            return id.getName().contentEquals(field);
        }
        return variable instanceof MemberSelectTree m && m.getExpression() instanceof IdentifierTree t
                && t.getName().contentEquals("this") && m.getIdentifier().contentEquals(field);
    }

    /** A method of a JDK value type ({@code "LOW".substring(0, 1)}), evaluated by reflection. */
    private static Object jdk(Object target, String name, List<Object> args) {
        if (target == null || !VALUE_TYPES.contains(target.getClass())
                || args.stream().anyMatch(a -> a == null || !VALUE_TYPES.contains(a.getClass()))) {
            throw new Unknown();
        }
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.size()
                    || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Class<?>[] types = m.getParameterTypes();
            boolean fits = true;
            for (int i = 0; i < types.length; i++) {
                fits &= fits(types[i], args.get(i));
            }
            if (fits && VALUE_TYPES.contains(box(m.getReturnType()))) {
                try {
                    return m.invoke(target, args.toArray());
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    throw new Unknown();
                }
            }
        }
        throw new Unknown();
    }

    private static boolean fits(Class<?> type, Object arg) {
        return box(type) == arg.getClass();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.<Class<?>, Class<?>>of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
                char.class, Character.class, boolean.class, Boolean.class).getOrDefault(type, type);
    }
}
