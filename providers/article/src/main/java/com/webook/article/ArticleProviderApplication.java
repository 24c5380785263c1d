package com.webook.article;

import com.webook.article.infrastructure.config.ArticleConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The article provider: drafts and published articles over Dubbo, database webook_article, events on Kafka. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ArticleConfiguration.class)
public class ArticleProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArticleProviderApplication.class, args);
    }
}
