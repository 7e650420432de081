package io.tradegraph.source;

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
}
