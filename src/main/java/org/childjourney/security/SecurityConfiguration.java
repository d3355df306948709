package org.childjourney.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Nothing answers without sign-in.
 * <ul>
 *   <li>Camunda's webapps (Cockpit, Tasklist, Admin) keep their own sign-in against the engine's identity service, with
 *       their own CSRF protection; engine-rest takes HTTP Basic through Camunda's own filter ({@code EngineRestSecurity}).
 *       In both, the engine's authorization checks decide what each person may see and do.</li>
 *   <li>Everything else (the product's own pages and API, actuator) needs a Spring Security sign-in against the same
 *       identity service, with CSRF protection and the standard security headers.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The group whose members may scrape the Prometheus metrics. */
    public static final String MONITORING = "monitoring";

    @Bean
    @Order(1)
    SecurityFilterChain camundaOwnSignIn(HttpSecurity http) throws Exception {
        return http
                // Matched on the whole request path: these are Camunda's own (Jersey) servlets, which Spring MVC path
                // matching does not see.
                // (/camunda-welcome is probed by the webapps' sign-in page; with no welcome app it must answer 404.)
                .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/camunda-welcome")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Camunda's webapps carry their own CSRF token filter; engine-rest is stateless HTTP Basic.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain productSignIn(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/assets/**").permitAll()
                        // The Prometheus scrape: the monitoring sign-in (group "monitoring") or an administrator.
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority("GROUP_" + MONITORING, "GROUP_camunda-admin")
                        .anyRequest().authenticated())
                // "/" sends managers to the oversight board and everyone else to My work.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .build();
    }
}
