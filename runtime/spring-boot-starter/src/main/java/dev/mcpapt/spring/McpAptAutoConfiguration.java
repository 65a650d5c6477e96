package dev.mcpapt.spring;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.auth.OAuthOptions;
import dev.mcpapt.runtime.auth.TokenVerifier;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.tasks.JdbcTaskStore;
import dev.mcpapt.runtime.tasks.TaskSettings;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpServlet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Serves the application's annotated beans as one {@link McpServer}: on the application's own
 * servlet container (Tomcat, Jetty) through {@link McpServlet}, or over stdio with
 * {@code mcpapt.stdio=true}. Each generated component factory on the class path is matched to
 * the beans of its class, and the component is created over the bean Spring made (its injected
 * dependencies, its proxies); the generated code calls the bean, nothing is reflected.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "mcpapt.enabled", matchIfMissing = true)
@EnableConfigurationProperties(McpAptProperties.class)
public class McpAptAutoConfiguration {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.spring");

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  McpServer mcpServer(ListableBeanFactory beans, McpAptProperties properties,
      ObjectProvider<McpServerCustomizer> customizers, ObjectProvider<DataSource> dataSource) {
    McpServer.Builder builder = McpServer.builder()
        .maxMessageBytes(Math.toIntExact(properties.getMaxMessageSize().toBytes()))
        .pageSize(properties.getPageSize());
    if (properties.getName() != null) {
      builder.name(properties.getName());
    }
    if (properties.getVersion() != null) {
      builder.version(properties.getVersion());
    }
    if (properties.getTitle() != null) {
      builder.title(properties.getTitle());
    }
    if (properties.getInstructions() != null) {
      builder.instructions(properties.getInstructions());
    }
    if (properties.getClientTimeout() != null) {
      builder.clientTimeout(properties.getClientTimeout());
    }
    switch (properties.getTaskStore()) {
      case "memory" -> { }
      case "jdbc" -> builder.tasks(TaskSettings.defaults().withStore(JdbcTaskStore.of(dataSource.getObject())));
      default -> throw new IllegalArgumentException(
          "mcpapt.task-store must be memory or jdbc, not " + properties.getTaskStore());
    }
    for (Object bean : toolBeans(beans)) {
      builder.tools(bean);
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /**
   * The beans of every class that has a generated component, in the factories' order. Beans are
   * found by their class (a CGLIB proxy of it is one), never by scanning their methods.
   */
  static List<Object> toolBeans(ListableBeanFactory beans) {
    ClassLoader cl = beans instanceof org.springframework.beans.factory.config.ConfigurableBeanFactory c
        && c.getBeanClassLoader() != null ? c.getBeanClassLoader() : ClassUtils.getDefaultClassLoader();
    Set<Object> found = new LinkedHashSet<>();
    for (McpComponentFactory factory : ServiceLoader.load(McpComponentFactory.class, cl)) {
      String[] names = beans.getBeanNamesForType(factory.type(), false, true);
      if (names.length > 1) {
        throw new IllegalStateException("More than one bean of " + factory.type().getName()
            + " (" + String.join(", ", names) + "): its tools can be served once; keep one bean of that class");
      }
      if (names.length == 0) {
        LOG.log(System.Logger.Level.DEBUG, () -> factory.type().getName() + " has MCP tools but is no bean; not served");
        continue;
      }
      found.add(beans.getBean(names[0]));
    }
    return new ArrayList<>(found);
  }

  /** The HTTP endpoint on the application's own servlet container. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "jakarta.servlet.http.HttpServlet")
  @ConditionalOnBooleanProperty(name = "mcpapt.http.enabled", matchIfMissing = true)
  static class ServletEndpoint {
    @Bean
    @ConditionalOnMissingBean(name = "mcpServlet")
    ServletRegistrationBean<McpServlet> mcpServlet(McpServer server, McpAptProperties properties,
        ObjectProvider<TokenVerifier> verifiers, ApplicationContext context, Environment environment) {
      McpAptProperties.Http http = properties.getHttp();
      HttpOptions.Builder options = HttpOptions.builder()
          .mcpPath(http.getPath())
          .ssePath(http.getSsePath())
          .messagesPath(http.getMessagesPath())
          .httpSse(http.isSse())
          .cors(http.isCors())
          .maxBodyBytes(Math.toIntExact(http.getMaxBodySize().toBytes()))
          .bodyTimeout(http.getBodyTimeout())
          .maxSessions(http.getMaxSessions())
          .maxStreamsPerSession(http.getMaxStreamsPerSession())
          .maxStreams(http.getMaxStreams())
          .eventLogSize(http.getEventLogSize())
          .sessionIdleTimeout(http.getSessionIdleTimeout())
          .sessionRateLimit(http.getSessionsPerSecond(), http.getSessionBurst())
          .keepAliveInterval(http.getKeepAliveInterval())
          .shutdownGrace(http.getShutdownGrace());
      http.getAllowedOrigins().forEach(options::allowedOrigin);
      http.getAllowedHosts().forEach(options::allowedHost);
      OAuthOptions oauth = oauth(properties.getOauth(), verifiers, context, environment);
      if (oauth != null) {
        options.oauth(oauth);
      }
      String[] paths = properties.paths(); // RFC 9728 metadata included: at the host's root, under the resource's path
      ServletRegistrationBean<McpServlet> bean =
          new ServletRegistrationBean<>(new McpServlet(server, options.build()), paths);
      bean.setName("mcpServlet");
      bean.setAsyncSupported(true);
      bean.setLoadOnStartup(1);
      return bean;
    }

    private static OAuthOptions oauth(McpAptProperties.OAuth props, ObjectProvider<TokenVerifier> verifiers,
        ApplicationContext context, Environment environment) {
      if (props.getResource() == null || props.getResource().isBlank()) {
        return null;
      }
      OAuthOptions.Builder b = OAuthOptions.builder().resource(props.getResource())
          .allowAnonymous(props.isAllowAnonymous());
      List<String> issuers = new ArrayList<>(props.getIssuers());
      String springIssuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
      if (issuers.isEmpty() && springIssuer != null) {
        issuers.add(springIssuer);
      }
      if (issuers.isEmpty()) {
        throw new IllegalStateException("mcpapt.oauth.resource is set but no issuer is: set mcpapt.oauth.issuers"
            + " or spring.security.oauth2.resourceserver.jwt.issuer-uri");
      }
      issuers.forEach(b::issuer);
      props.getAudiences().forEach(b::audience);
      props.getScopes().forEach(b::scope);
      TokenVerifier verifier = verifiers.getIfAvailable();
      if (verifier == null) {
        switch (props.getVerifier()) {
          case "mcp-apt" -> { }
          case "spring" -> verifier = SpringSecurity.verifier(context, props);
          default -> throw new IllegalArgumentException(
              "mcpapt.oauth.verifier must be spring or mcp-apt, not " + props.getVerifier());
        }
      }
      if (verifier != null) {
        b.verifier(verifier);
      }
      return b.build();
    }
  }

  /** Kept apart so that nothing of Spring Security is loaded when the application does not have it. */
  static final class SpringSecurity {
    private static final String DECODER = "org.springframework.security.oauth2.jwt.JwtDecoder";

    static TokenVerifier verifier(ApplicationContext context, McpAptProperties.OAuth props) {
      if (!ClassUtils.isPresent(DECODER, context.getClassLoader())) {
        return null;
      }
      return Decoder.verifier(context, props);
    }

    private static final class Decoder {
      static TokenVerifier verifier(ApplicationContext context, McpAptProperties.OAuth props) {
        var decoder = context.getBeanProvider(org.springframework.security.oauth2.jwt.JwtDecoder.class).getIfUnique();
        if (decoder == null) {
          return null;
        }
        List<String> audiences = new ArrayList<>(List.of(props.getResource()));
        audiences.addAll(props.getAudiences());
        return new SpringSecurityTokenVerifier(decoder, audiences);
      }
    }
  }

  /** Serves over stdin and stdout once the application has started ({@code mcpapt.stdio=true}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "mcpapt.stdio")
  static class Stdio {
    @Bean
    ApplicationRunner mcpStdio(McpServer server) {
      return args -> server.serveStdio(); // returns when the client closes stdin
    }
  }

  /** The Actuator health contributor, when the application has Spring Boot's health module. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "mcpHealthIndicator")
    McpHealthIndicator mcpHealthIndicator(McpServer server, ObjectProvider<ServletRegistrationBean<McpServlet>> servlet) {
      return new McpHealthIndicator(server, () -> {
        ServletRegistrationBean<McpServlet> bean = servlet.getIfAvailable();
        return bean == null ? -1 : bean.getServlet().sessionCount();
      });
    }
  }
}
