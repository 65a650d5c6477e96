package dev.mcpapt.spring.app;

import dev.mcpapt.spring.McpAptProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** A small Boot application with tool beans, as a user writes one. */
@SpringBootApplication
public class TestApp {
  public static void main(String[] args) {
    SpringApplication.run(TestApp.class, args);
  }

  /**
   * The MCP endpoint answers its own OAuth challenges (the token check is Spring Security's
   * JwtDecoder, through the starter): Spring Security lets its paths through, CSRF included.
   */
  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain security(HttpSecurity http, McpAptProperties mcp) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers(mcp.paths()).permitAll()
            .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
            .anyRequest().authenticated())
        .csrf(c -> c.ignoringRequestMatchers(mcp.paths()));
    return http.build();
  }
}
