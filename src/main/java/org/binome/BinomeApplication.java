package org.binome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BinomeApplication {
    public static void main(String[] args) {
        SpringApplication.run(BinomeApplication.class, args);
    }
}
