package com.clinigrad.exams;

/**
 * A question's image with its content type.
 */
public record QuestionImage(String contentType, byte[] content) {
}
