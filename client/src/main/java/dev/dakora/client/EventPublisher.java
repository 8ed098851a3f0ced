package dev.dakora.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.function.Function;

/**
 * The live events of one job or batch as a {@link Flow.Publisher}: each subscriber opens its own
 * connection, gets the events with backpressure (a buffer per subscriber), then {@code onComplete} when
 * the server ends the stream, or {@code onError} when the connection fails or is refused. Cancelling
 * the subscription closes the connection at the next event.
 */
final class EventPublisher implements Flow.Publisher<DakoraEvent> {

    private final Function<EventListener, CompletableFuture<EventSubscription>> connect;

    EventPublisher(Function<EventListener, CompletableFuture<EventSubscription>> connect) {
        this.connect = connect;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super DakoraEvent> subscriber) {
        SubmissionPublisher<DakoraEvent> relay = new SubmissionPublisher<>();
        relay.subscribe(subscriber);
        CompletableFuture<EventSubscription> connection = new CompletableFuture<>();
        connect.apply(new EventListener() {
            @Override
            public void onEvent(DakoraEvent event) {
                if (relay.hasSubscribers()) {
                    relay.submit(event);
                } else {
                    connection.thenAccept(EventSubscription::close);
                }
            }

            @Override
            public void onError(Throwable error) {
                relay.closeExceptionally(error);
            }

            @Override
            public void onClosed() {
                relay.close();
            }
        }).whenComplete((subscription, failure) -> {
            if (failure != null) {
                relay.closeExceptionally(Transport.unwrap(failure));
            } else {
                connection.complete(subscription);
            }
        });
    }
}
