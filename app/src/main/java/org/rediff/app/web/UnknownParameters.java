package org.rediff.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a REST call with a query or form parameter its endpoint does not take (a misspelt {@code p0} would
 * otherwise be ignored and the default used without a word). The allowed names come from the handler method:
 * its {@code @RequestParam}/{@code @RequestPart} names and the components of a record it binds parameters into.
 */
@Component
class UnknownParameters implements HandlerInterceptor {
    private final Map<HandlerMethod, Set<String>> allowed = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        final Set<String> names = allowed.computeIfAbsent(method, UnknownParameters::names);
        if (names.contains("*")) {
            return true;
        }
        final List<Problem> problems = new ArrayList<>();
        for (String given : new TreeSet<>(request.getParameterMap().keySet())) {
            if (!names.contains(given)) {
                problems.add(new Problem(given, null, "is not a parameter of this endpoint; it takes "
                        + (names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names)))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return true;
    }

    /** A record's parameter names as Spring binds them: its component names, or their {@code @BindParam} names. */
    private static List<String> boundNames(Class<?> record) {
        final RecordComponent[] components = record.getRecordComponents();
        final Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        final List<String> out = new ArrayList<>();
        try {
            final Parameter[] params = record.getDeclaredConstructor(types).getParameters();
            for (int i = 0; i < components.length; i++) {
                final BindParam bind = params[i].getAnnotation(BindParam.class);
                out.add(bind == null ? components[i].getName() : bind.value());
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + record, e);
        }
        return out;
    }

    private static Set<String> names(HandlerMethod method) {
        final Set<String> out = new TreeSet<>();
        for (MethodParameter p : method.getMethodParameters()) {
            final RequestParam param = p.getParameterAnnotation(RequestParam.class);
            final RequestPart part = p.getParameterAnnotation(RequestPart.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(p.getParameterType())) {
                    out.add("*");
                } else {
                    out.add(param.name().isEmpty() ? param.value().isEmpty() ? p.getParameterName() : param.value()
                            : param.name());
                }
            } else if (part != null) {
                out.add(part.name().isEmpty() ? part.value().isEmpty() ? p.getParameterName() : part.value()
                        : part.name());
            } else if (!p.hasParameterAnnotation(PathVariable.class) && !p.hasParameterAnnotation(RequestBody.class)
                    && p.getParameterType().isRecord()) {
                out.addAll(boundNames(p.getParameterType()));
            }
        }
        return out;
    }
}
