package id.kinerja.rumus;

/** A formula that cannot be saved: the message says where and why, in words an officer understands. */
public final class RumusTidakValidException extends RuntimeException {
    public RumusTidakValidException(String message) {
        super(message);
    }
}
