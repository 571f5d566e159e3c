package dev.xmsgen.core.diff;

import dev.xmsgen.core.model.SourceRef;
import java.util.Comparator;
import java.util.Objects;

/**
 * One change of the generated API.
 *
 * @param kind what changed
 * @param breaking whether callers break: their code no longer compiles, or compiles and behaves
 *     differently (a closed enum's new value, a property that requests now need)
 * @param java the Java symbol a caller sees, as in the newer API when it still exists: {@code
 *     com.example.VaultsClient#get(String, String)}, {@code com.example.models.Vault#getProperties()},
 *     {@code com.example.models.SkuName.PREMIUM}
 * @param oldSource where the cause is in the old spec, or {@code null} when it is new
 * @param newSource where the cause is in the new spec, or {@code null} when it is gone
 * @param message what changed, in words
 */
public record ApiChange(
    ChangeKind kind,
    boolean breaking,
    String java,
    SourceRef oldSource,
    SourceRef newSource,
    String message)
    implements Comparable<ApiChange> {

  private static final Comparator<ApiChange> ORDER =
      Comparator.comparing(ApiChange::java)
          .thenComparing(ApiChange::kind)
          .thenComparing(ApiChange::message);

  public ApiChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(message, "message");
  }

  /** Breaking changes first, each group by Java symbol, then kind, then message. */
  @Override
  public int compareTo(ApiChange other) {
    if (breaking != other.breaking) {
      return breaking ? -1 : 1;
    }
    return ORDER.compare(this, other);
  }

  /** {@code [property-removed] com.example.models.Vault#getFoo(): message}. */
  @Override
  public String toString() {
    return "[" + kind.id() + "] " + java + ": " + message;
  }
}
