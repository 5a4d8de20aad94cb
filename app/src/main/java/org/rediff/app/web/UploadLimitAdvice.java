package org.rediff.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limit for every page (the layout's meta {@code rediff-upload-limit}), so that a request the server
 * never answered can still be explained with the limit that applies (js/request-errors.js).
 */
@ControllerAdvice(annotations = Controller.class)
class UploadLimitAdvice {
    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return UploadLimit.describe();
    }
}
