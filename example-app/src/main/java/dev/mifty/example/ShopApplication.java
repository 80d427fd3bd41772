package dev.mifty.example;

import dev.mifty.example.shop.Address;
import dev.mifty.example.shop.Category;
import dev.mifty.example.shop.Customer;
import dev.mifty.example.shop.Order;
import dev.mifty.example.shop.OrderLine;
import dev.mifty.example.shop.OrderStatus;
import dev.mifty.example.shop.Product;
import dev.mifty.example.shop.Review;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyDatabase;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationInfo;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The example shop. Without arguments: applies pending migrations with Mifty at start-up, lets
 * Hibernate validate the schema ({@code hbm2ddl=validate}), then stores and reads a few rows. With
 * arguments, it is the Mifty CLI on this application's classpath
 * ({@code java -jar mifty-example-app.jar migration:status}).
 *
 * <p>The database is {@code DATABASE_URL}, or an embedded PostgreSQL under {@code .mifty/}.
 */
public final class ShopApplication {

    /** Hibernate logs its start-up through java.util.logging; keep the demo's output to the point. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private ShopApplication() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            dev.mifty.cli.Main.main(args);
            return;
        }
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        try (MiftyDatabase database = MiftyDatabase.fromEnvironment(System.getenv(), System.out)) {
            try (Mifty mifty = Mifty.configure().dataSource(database.dataSource())
                    .databaseLabel(database.label()).load()) {
                List<MigrationInfo> applied = mifty.migrate();
                System.out.println("Mifty applied " + applied.size() + " pending migration(s)");
            }
            try (SessionFactory hibernate = hibernate(database.dataSource())) {
                System.out.println("Hibernate validated the schema");
                storeAndRead(hibernate);
            }
        } catch (MiftyException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static SessionFactory hibernate(DataSource dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Customer.class)
                .addAnnotatedClass(Category.class)
                .addAnnotatedClass(Product.class)
                .addAnnotatedClass(Order.class)
                .addAnnotatedClass(OrderLine.class)
                .addAnnotatedClass(Review.class)
                .setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy())
                .setImplicitNamingStrategy(new SpringLikeImplicitNaming());
        configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        return configuration.buildSessionFactory();
    }

    private static void storeAndRead(SessionFactory hibernate) {
        hibernate.inTransaction(session -> {
            Category books = new Category("books-" + System.nanoTime());
            session.persist(books);
            Product product = new Product("SKU-" + System.nanoTime(), "Refactoring", new BigDecimal("39.90"));
            product.getCategories().add(books);
            session.persist(product);
            Customer customer = new Customer("Ada Lovelace", "ada+" + System.nanoTime() + "@example.org",
                    new Address("12 St James's Square", "London", "SW1Y 4JH", "GB"));
            session.persist(customer);
            Order order = new Order(customer, LocalDateTime.now());
            order.addLine(product, 2);
            order.setStatus(OrderStatus.PAID);
            session.persist(order);
            session.persist(new Review(product, customer, 5, "Changed how I write code."));
        });
        hibernate.inSession(session -> {
            long customers = session.createSelectionQuery("select count(c) from Customer c", Long.class)
                    .getSingleResult();
            BigDecimal revenue = session.createSelectionQuery(
                    "select sum(l.unitPrice * l.quantity) from OrderLine l", BigDecimal.class).getSingleResult();
            double rating = session.createSelectionQuery("select avg(r.rating) from Review r", Double.class)
                    .getSingleResult();
            System.out.println("The shop has " + customers + " customer(s); revenue so far: " + revenue
                    + "; average rating: " + rating);
        });
    }
}
