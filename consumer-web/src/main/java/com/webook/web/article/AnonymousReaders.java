package com.webook.web.article;

import com.webook.governance.text.Digests;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who an anonymous reader is, as far as counting reads goes: the client's address and user agent, as a
 * digest (neither leaves consumer-web). Readers behind one address with one browser count as one.
 */
final class AnonymousReaders {

    private AnonymousReaders() {
    }

    static String keyOf(HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        return Digests.sha256(request.getRemoteAddr() + "\n" + (userAgent == null ? "" : userAgent), 16);
    }
}
