package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The provider call of one try, run on a virtual thread of its own so that the timeout holds whatever the
 * client does: past it, or when the waiting thread is interrupted, the call is cancelled (its thread
 * interrupted). A failure of the client that is not a {@link ModelCallException} is an unexpected one.
 */
final class TimedChat {

    private final ChatClient client;

    TimedChat(ChatClient client) {
        this.client = client;
    }

    ChatReply chat(ModelName name, String prompt, CallParams params, Duration timeout) throws InterruptedException {
        FutureTask<ChatReply> task = new FutureTask<>(() -> client.chat(name, prompt, params, timeout));
        Thread.ofVirtual().name("llm-call").start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ModelCallException(FailureKind.TIMEOUT, "no answer from " + name.key() + " within " + timeout);
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelCallException failure) {
                throw failure;
            }
            throw new ModelCallException(FailureKind.UNEXPECTED, name.key() + " failed: " + e.getCause(), null, e.getCause());
        }
    }
}
