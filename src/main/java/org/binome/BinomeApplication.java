package org.binome;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class BinomeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "solve".equals(args[0])) {
            System.exit(org.binome.matching.SolverCommandLine.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(BinomeApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
