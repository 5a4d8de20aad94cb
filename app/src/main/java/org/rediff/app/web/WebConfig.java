package org.rediff.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the REST API's refusal of unknown parameters, and the static resources under their own paths only
 * ({@code /css}, {@code /js}, {@code /webjars}). Boot's default maps every path to the static locations, so that
 * each link a page writes with {@code @{…}} was looked up in four classpath locations inside the packaged jar before
 * it was written out: {@code /evidence} spent most of its time there and served 25 requests/s.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    private final UnknownParameters unknownParameters;

    WebConfig(UnknownParameters unknownParameters) {
        this.unknownParameters = unknownParameters;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unknownParameters).addPathPatterns("/api/**");
    }
}
