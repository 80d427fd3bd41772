package dev.mifty.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's review of a product. */
@Entity
@Table(indexes = @Index(name = "review_product_idx", columnList = "product_id"))
public class Review {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Product product;

    @ManyToOne(optional = false)
    private Customer author;

    private short rating;

    @Column(length = 2000)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    protected Review() {
    }

    public Review(Product product, Customer author, int rating, String body) {
        this.product = product;
        this.author = author;
        this.rating = (short) rating;
        this.body = body;
        this.writtenAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Customer getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getBody() {
        return body;
    }
}
