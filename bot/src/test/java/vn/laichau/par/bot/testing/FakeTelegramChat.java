package vn.laichau.par.bot.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Talks to a running PAR tracker as Telegram users would: starts a {@link FakeBotApi} on 127.0.0.1 and the port
 * given, reads one line per user action from standard input and prints every call the bot makes.
 *
 * <pre>
 * java -cp … vn.laichau.par.bot.testing.FakeTelegramChat 18081
 *   say 42 /viec                      a text (or command) from private chat 42
 *   press 42 x:123:4                  a press on an inline button with that callback data
 *   doc 42 /tmp/qd.pdf #123           a document, with an optional caption
 *   photo 42 /tmp/anh.jpg I.1         a photo (served in two sizes), with an optional caption
 * </pre>
 *
 * Point the system at it with {@code PAR_TELEGRAM_BOT_TOKEN=123456:fake-bot-token} and
 * {@code PAR_TELEGRAM_API_URL=http://127.0.0.1:<port>}.
 */
public final class FakeTelegramChat {

    private FakeTelegramChat() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (FakeBotApi telegram = FakeBotApi.start(FakeBotApi.DEFAULT_TOKEN, port)) {
            System.out.println("fake Bot API at " + telegram.baseUrl() + ", token " + telegram.token());
            Thread printer = new Thread(() -> printCalls(telegram), "fake-telegram-printer");
            printer.setDaemon(true);
            printer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    act(telegram, line.strip());
                }
            }
        }
    }

    private static void act(FakeBotApi telegram, String line) throws Exception {
        String[] words = line.split("\\s+", 4);
        String[] head = line.split("\\s+", 3);
        String action = words[0].toLowerCase(Locale.ROOT);
        long chat = Long.parseLong(words[1]);
        String rest = head.length > 2 ? head[2] : "";
        System.out.println(">> " + line);
        switch (action) {
            case "say" -> telegram.queueUpdate(FakeUpdates.text(chat, rest));
            case "press" -> telegram.queueUpdate(FakeUpdates.callback(chat, "cb-" + System.nanoTime(), rest));
            case "doc", "photo" -> {
                Path file = Path.of(words[2]);
                String caption = words.length > 3 ? words[3] : null;
                byte[] content = Files.readAllBytes(file);
                if (action.equals("doc")) {
                    String fileId = telegram.addFile("documents/" + file.getFileName(), content);
                    telegram.queueUpdate(FakeUpdates.document(chat, fileId, file.getFileName().toString(), caption));
                } else {
                    String small = telegram.addFile("photos/small-" + file.getFileName(),
                            Arrays.copyOf(content, Math.min(content.length, 64)));
                    String large = telegram.addFile("photos/" + file.getFileName(), content);
                    telegram.queueUpdate(FakeUpdates.photo(chat, caption,
                            FakeUpdates.photoSize(small, 90, 60, (long) Math.min(content.length, 64)),
                            FakeUpdates.photoSize(large, 1280, 853, (long) content.length)));
                }
            }
            default -> System.out.println("?? say|press|doc|photo <chat> …");
        }
    }

    private static void printCalls(FakeBotApi telegram) {
        int printed = 0;
        while (true) {
            List<RecordedCall> calls = telegram.calls();
            for (; printed < calls.size(); printed++) {
                RecordedCall call = calls.get(printed);
                if (call.is("getUpdates")) {
                    continue;
                }
                StringBuilder out = new StringBuilder("<< ").append(call.method());
                for (String name : List.of("chat_id", "callback_query_id", "file_id", "file_path", "url", "text",
                        "caption", "reply_markup")) {
                    if (!call.param(name).isEmpty()) {
                        out.append("\n   ").append(name).append(": ").append(call.param(name));
                    }
                }
                call.files().forEach((field, file) -> out.append("\n   ").append(field).append(": ")
                        .append(file.fileName()).append(" (").append(file.content().length).append(" bytes)"));
                System.out.println(out);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
