package org.childjourney;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChildJourneyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChildJourneyApplication.class, args);
    }
}
