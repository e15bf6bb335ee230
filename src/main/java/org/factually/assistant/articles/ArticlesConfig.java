package org.factually.assistant.articles;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Paging of the article list partners read. */
@ConfigMapping(prefix = "articles")
public interface ArticlesConfig {

    /** Articles per page when the caller does not say. */
    @WithDefault("20")
    int pageSize();

    /** Most articles one page may hold. */
    @WithDefault("100")
    int maxPageSize();
}
