package org.rediff.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the REST API's refusal of unknown parameters. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    private final UnknownParameters unknownParameters;

    WebConfig(UnknownParameters unknownParameters) {
        this.unknownParameters = unknownParameters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unknownParameters).addPathPatterns("/api/**");
    }
}
