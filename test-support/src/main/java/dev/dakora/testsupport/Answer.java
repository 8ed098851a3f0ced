package dev.dakora.testsupport;

/** A fake batch server's response: status and JSON body. */
record Answer(int status, String body) {

    static Answer json(Object value) {
        return new Answer(200, FakeBatchApi.JSON.writeValueAsString(value));
    }

    static Answer notFound() {
        return new Answer(404, "{\"error\":{\"message\":\"not found\"}}");
    }
}
