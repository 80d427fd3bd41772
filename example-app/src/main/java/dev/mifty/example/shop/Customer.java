package dev.mifty.example.shop;

import dev.mifty.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, unique = true)
    private String email;

    @RenamedFrom("phone")
    private String mobile;

    @Embedded
    private Address address;

    @Column(nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(String fullName, String email, Address address) {
        this.fullName = fullName;
        this.email = email;
        this.address = address;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Address getAddress() {
        return address;
    }
}
