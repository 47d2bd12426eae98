package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents that prove a task was done ("Tài liệu kiểm chứng"), as the plan writes them. A task whose
 * plan names documents is not finished until evidence is received.
 */
@Embeddable
public class EvidenceRequirement {

    @Column(name = "evidence_documents", length = 4000)
    private String documents;

    protected EvidenceRequirement() {
    }

    private EvidenceRequirement(String documents) {
        this.documents = Texts.optional(documents);
    }

    /** The documents as written; blank means the plan asks for none. */
    public static EvidenceRequirement of(String documents) {
        return new EvidenceRequirement(documents);
    }

    public static EvidenceRequirement none() {
        return new EvidenceRequirement(null);
    }

    public boolean isRequired() {
        return documents != null;
    }

    public Optional<String> documents() {
        return Optional.ofNullable(documents);
    }

    /** The documents one by one, where the plan separates them with semicolons. */
    public List<String> documentList() {
        return documents == null ? List.of()
                : Arrays.stream(documents.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceRequirement that && Objects.equals(documents, that.documents);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(documents);
    }
}
