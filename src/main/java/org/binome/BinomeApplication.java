package org.binome;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** The application; {@code shared} is started with every module, also in {@code @ApplicationModuleTest} contexts. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class BinomeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "solve".equals(args[0])) {
            System.exit(org.binome.matching.SolverCommandLine.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(BinomeApplication.class, args);
    }

    /**
     * The one time zone of the installation ({@code binome.time-zone}, Europe/Paris by default): "today", the dates and
     * times people read and type, calendar invitations and the daily and monthly jobs all use it.
     */
    @Bean
    ZoneId timeZone(@Value("${binome.time-zone}") ZoneId zone) {
        return zone;
    }

    /** The one clock, in that zone: code asks it for now and today, never the system. */
    @Bean
    Clock clock(ZoneId timeZone) {
        return Clock.system(timeZone);
    }
}
