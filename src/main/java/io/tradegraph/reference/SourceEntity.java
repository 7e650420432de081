package io.tradegraph.reference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
public class SourceEntity {

    @Id
    public String code;

    public String publisher;

    public String attributedTo;

    public String title;

    public LocalDate publishedOn;

    public String seedFile;

    public String url;

    /** The article's text, against which the paragraphs and quotes of its figures are checked; null for the seed's. */
    public String body;

    /** The editor's token subject, or 'seed'. */
    public String recordedBy = "seed";
}
