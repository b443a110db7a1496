using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimsLedger.Tests.Report;

/// <summary>
/// A headless Chromium driven over the DevTools protocol (a WebSocket, no other dependency): navigate, evaluate script,
/// click at a point, take screenshots, and collect every console error and uncaught exception of the page. Every wait
/// is bounded by <see cref="Timeout"/>; disposing kills the browser and deletes its profile folder.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;

    private HeadlessChromium(Process process, string profile, Uri page)
    {
        this.process = process;
        this.profile = profile;
        using var connect = new CancellationTokenSource(Timeout);
        socket.ConnectAsync(page, connect.Token).GetAwaiter().GetResult();
        receiving = Task.Run(Receive);
        foreach (var domain in new[] { "Page", "Runtime", "Log" })
            Send($"{domain}.enable");
    }

    /// <summary>Console errors, uncaught exceptions and failed loads reported so far.</summary>
    public IReadOnlyList<string> Errors => [.. errors];

    /// <summary>The browser executable: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH; null if none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given && File.Exists(given))
            return given;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return Candidates
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public static HeadlessChromium Start(string executable, int width = 1280, int height = 900)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"claims-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                     "--hide-scrollbars", "--mute-audio", $"--window-size={width},{height}", "--remote-debugging-port=0",
                     $"--user-data-dir={profile}", "about:blank",
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var port = WaitForPort(process, profile);
            return new HeadlessChromium(process, profile, PageSocket(port));
        }
        catch
        {
            Kill(process, profile);
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public void Navigate(string url)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Send("Page.navigate", new JsonObject { ["url"] = url });
        if (!loaded.Task.Wait(Timeout))
            throw new TimeoutException($"{url} did not load within {Timeout.TotalSeconds} s");
    }

    /// <summary>The value of a script expression (awaited when it is a promise), as JSON.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (result["exceptionDetails"] is { } exception)
            throw new InvalidOperationException($"script failed: {exception.ToJsonString()}");
        return result["result"]?["value"];
    }

    /// <summary>Evaluates <paramref name="condition"/> until it is true, at most <see cref="Timeout"/>.</summary>
    public void WaitUntil(string condition)
    {
        var clock = Stopwatch.StartNew();
        while (Evaluate($"!!({condition})")?.GetValue<bool>() != true)
        {
            if (clock.Elapsed > Timeout)
                throw new TimeoutException($"still false after {Timeout.TotalSeconds} s: {condition}; page errors: {string.Join(" | ", Errors)}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Moves the mouse to a point of the viewport (what hovering does).</summary>
    public void Hover(double x, double y) =>
        Send("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y });

    /// <summary>A real mouse click (pressed and released) at a point of the viewport.</summary>
    public void Click(double x, double y)
    {
        Hover(x, y);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
            Send("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1,
            });
    }

    /// <summary>A PNG of the viewport, or of a region of the page (CSS pixels, from the top of the document) when given.</summary>
    public void Screenshot(string path, (double X, double Y, double Width, double Height)? region = null)
    {
        var parameters = new JsonObject { ["format"] = "png" };
        if (region is { } r)
        {
            parameters["captureBeyondViewport"] = true;
            parameters["clip"] = new JsonObject { ["x"] = r.X, ["y"] = r.Y, ["width"] = r.Width, ["height"] = r.Height, ["scale"] = 1 };
        }
        var data = Send("Page.captureScreenshot", parameters)["data"]!.GetValue<string>();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, Convert.FromBase64String(data));
    }

    private JsonNode Send(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using (var sending = new CancellationTokenSource(Timeout))
            socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, sending.Token)
                .GetAwaiter().GetResult();
        if (!reply.Task.Wait(Timeout))
            throw new TimeoutException($"no reply to {method} within {Timeout.TotalSeconds} s");
        var answer = reply.Task.Result;
        if (answer["error"] is { } error)
            throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return answer["result"] ?? new JsonObject();
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, stop.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var reply)) reply.TrySetResult(node);
                else Observe(node["method"]?.GetValue<string>(), node["params"]);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        foreach (var reply in pending.Values) reply.TrySetException(new InvalidOperationException("the browser closed the connection"));
    }

    private void Observe(string? method, JsonNode? parameters)
    {
        var entry = parameters?["entry"];
        var consoleType = method == "Runtime.consoleAPICalled" ? parameters?["type"]?.GetValue<string>() : null;
        if (method == "Page.loadEventFired")
            loaded.TrySetResult();
        else if (method == "Runtime.exceptionThrown")
            errors.Enqueue("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
        else if (consoleType is "error" or "assert")
            errors.Enqueue("console." + consoleType + ": " + parameters?["args"]?.ToJsonString());
        else if (method == "Log.entryAdded" && entry?["level"]?.GetValue<string>() == "error")
            errors.Enqueue("log: " + entry["text"] + " " + entry["url"]);
    }

    /// <summary>Chromium writes the port it listens on into DevToolsActivePort in its profile once it is ready.</summary>
    private static int WaitForPort(Process process, string profile)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the browser exited with code {process.ExitCode} before it was ready");
            try
            {
                var lines = File.Exists(file) ? File.ReadAllLines(file) : [];
                if (lines.Length > 0 && int.TryParse(lines[0], out var port) && port > 0)
                    return port;
            }
            catch (IOException)
            {
                // being written
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"the browser did not open its DevTools port within {Timeout.TotalSeconds} s");
    }

    private static Uri PageSocket(int port)
    {
        using var http = new HttpClient { Timeout = Timeout };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").GetAwaiter().GetResult())!.AsArray();
            var page = targets.FirstOrDefault(t => t?["type"]?.GetValue<string>() == "page");
            if (page?["webSocketDebuggerUrl"]?.GetValue<string>() is { } url)
                return new Uri(url);
            if (clock.Elapsed > Timeout)
                throw new TimeoutException("the browser opened no page");
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            socket.Abort();
            receiving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        socket.Dispose();
        Kill(process, profile);
        stop.Dispose();
    }

    private static void Kill(Process process, string profile)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200); // the browser's last writes
            }
        }
    }
}
