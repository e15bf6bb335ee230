package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String question;
    @Column(name = "checked_on")
    public LocalDate checkedOn;
    public String url;
    public String summary;
    /** The article laid out as one text; passage offsets point into it. */
    public String body;
    /** Where the article came from: its file name, or "upload". */
    public String source;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    /** When an editor withdrew the article; its passages are gone then, so it is no longer evidence. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
