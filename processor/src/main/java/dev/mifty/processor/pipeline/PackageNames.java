package dev.mifty.processor.pipeline;

import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/** The default migrations package: the longest common package of the entities + {@code .migrations}. */
public final class PackageNames {

    private PackageNames() {
    }

    public static String migrationsPackage(Collection<? extends Element> entities, Elements elements) {
        List<String> packages = entities.stream()
                .map(e -> {
                    PackageElement p = elements.getPackageOf(e);
                    return p.isUnnamed() ? "" : p.getQualifiedName().toString();
                })
                .toList();
        String common = commonPackage(packages);
        return common.isEmpty() ? "migrations" : common + ".migrations";
    }

    /** The common package of the migrations themselves (for a compilation without entities). */
    public static String commonPackageOf(Collection<? extends Element> types, Elements elements) {
        return commonPackage(types.stream().map(e -> {
            PackageElement p = elements.getPackageOf(e);
            return p.isUnnamed() ? "" : p.getQualifiedName().toString();
        }).toList());
    }

    static String commonPackage(List<String> packages) {
        if (packages.isEmpty()) {
            return "";
        }
        String[] common = packages.get(0).isEmpty() ? new String[0] : packages.get(0).split("\\.");
        int length = common.length;
        for (String p : packages) {
            String[] parts = p.isEmpty() ? new String[0] : p.split("\\.");
            int i = 0;
            while (i < Math.min(length, parts.length) && parts[i].equals(common[i])) {
                i++;
            }
            length = i;
        }
        return String.join(".", java.util.Arrays.copyOf(common, length));
    }
}
