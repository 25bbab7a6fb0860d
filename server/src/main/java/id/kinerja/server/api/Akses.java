package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an API route needs, checked by {@link PintuApi} against the user's role in the dinas of the route. A route
 * without {@code @Akses} or {@link Publik} is refused to everybody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface Akses {
    Izin value();
}
