package org.factually.assistant.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A follow-up question an article suggests. A question, not a fact: never evidence for an answer. */
@Entity
@Table(name = "related_question")
public class RelatedQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    public int position;
    public String question;

    public static List<RelatedQuestion> ofArticle(String articleId) {
        return list("articleId = ?1 order by position", articleId);
    }
}
