package com.webook.api.article.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ServiceException;

/** A rejection from {@link ArticleService}; {@link #errorCode()} says which. */
public final class ArticleException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final ArticleErrorCode code;

    public ArticleException(ArticleErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode errorCode() {
        return code();
    }

    public ArticleErrorCode code() {
        return code == null ? ArticleErrorCode.SYSTEM_ERROR : code;
    }
}
