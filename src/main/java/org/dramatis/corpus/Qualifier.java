package org.dramatis.corpus;

/** What a post holder is besides the post's plain name: a deputy president is "president" with DEPUTY. */
public enum Qualifier {
    DEPUTY, ASSISTANT, ACTING, FORMER, INTERIM
}
