package dev.mifty.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, stored in the columns of the entity that embeds it. */
@Embeddable
public class Address {

    private String street;

    private String city;

    @Column(length = 16)
    private String postalCode;

    @Column(length = 2)
    private String country;

    protected Address() {
    }

    public Address(String street, String city, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }
}
