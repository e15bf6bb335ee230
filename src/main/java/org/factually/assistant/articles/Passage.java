package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/**
 * A passage as stored. Its embedding and full-text vector are written and searched with native SQL
 * (see {@link ArticleStore} and the retrieval package), so they are not mapped here.
 */
@Entity
@Table(name = "passage")
public class Passage extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    public int position;
    @Enumerated(EnumType.STRING)
    public PassageKind kind;
    public String section;
    public String text;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;

    public static List<Passage> ofArticle(String articleId) {
        return list("articleId = ?1 order by position", articleId);
    }
}
