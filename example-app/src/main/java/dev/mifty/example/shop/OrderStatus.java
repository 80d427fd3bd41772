package dev.mifty.example.shop;

public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED
}
