using System.Text;
using System.Text.Json;
using Marginalia.LanguageServer.Protocol;
using Range = Marginalia.LanguageServer.Protocol.Range;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// Messages in well-formed frames that are no JSON-RPC, framing lies and stray responses: each is answered per
/// JSON-RPC 2.0 (or dropped, for what asks no answer) and the server keeps serving.
/// </summary>
public class ProtocolAbuseTests
{
    private static async Task<(int Code, JsonElement Id)> RefusalOf(RawConnection connection)
    {
        var response = await connection.ResponseAsync();
        var error = response.GetProperty("error");
        return (error.GetProperty("code").GetInt32(), response.GetProperty("id"));
    }

    [Theory]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\"", -32700)]
    [InlineData("not json at all", -32700)]
    [InlineData("{}", -32600)]
    [InlineData("42", -32600)]
    [InlineData("\"a string\"", -32600)]
    [InlineData("null", -32600)]
    [InlineData("[{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"shutdown\"}]", -32600)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": {\"an\": \"object\"}, \"method\": \"shutdown\"}", -32600)]
    [InlineData("{\"id\": 3, \"method\": \"workspace/symbol\", \"params\": {\"query\": \"\"}}", -32600)]
    public async Task A_message_that_is_no_json_rpc_is_answered_with_a_null_id_or_its_own_and_the_server_lives(string json, int code)
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendAsync(json);
        var (refused, id) = await RefusalOf(connection);
        Assert.Equal(code, refused);
        Assert.True(id.ValueKind is JsonValueKind.Null or JsonValueKind.Number);
        await connection.AssertAliveAsync();
    }

    [Fact]
    public async Task Params_of_the_wrong_type_are_invalid_params_with_the_requests_id()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": 5}""");
        var (code, id) = await RefusalOf(connection);
        Assert.Equal(-32602, code);
        Assert.Equal(7, id.GetInt32());
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": "text"}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 8, "method": "textDocument/hover", "params": {"textDocument": 5, "position": "x"}}""");
        Assert.Equal(-32602, (await RefusalOf(connection)).Code);
        await connection.AssertAliveAsync();
    }

    [Fact]
    public async Task A_notification_missing_what_it_needs_is_dropped_with_a_warning_not_logged_as_a_failure()
    {
        // Found by the fuzzer (fuzz/, target server): a didOpen or didChange without its textDocument or contentChanges
        // was logged as "[Error] textDocument/didOpen failed" with a stack trace, where a request with such params is
        // refused as invalid params.
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///tmp/a.md", "version": 2}}}""");
        await connection.AssertAliveAsync();
        var log = connection.Stderr.ToString();
        Assert.DoesNotContain("[Error]", log);
        Assert.Contains("[Warning] notification dropped: Invalid params for textDocument/didOpen", log);
        Assert.Contains("[Warning] notification dropped: Invalid params for textDocument/didChange", log);
    }

    [Fact]
    public async Task A_message_with_bytes_that_are_no_utf8_or_a_name_that_is_half_a_surrogate_pair_is_refused_and_the_server_lives()
    {
        // Found by the fuzzer (fuzz/run-afl.sh frames): the gate read these strings and the exception ended the connection.
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendFrameAsync("Content-Length: 46\r\n\r\n",
            [.. "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initia"u8, 0xF9, 0x30, .. "ed\"}"u8]);
        Assert.Equal(-32700, (await RefusalOf(connection)).Code);
        await connection.SendAsync("""{"jsonrpc":"2.0","id":4,"\ud800":{},"method":"workspace/symbol","params":{"query":""}}""");
        Assert.Equal(-32600, (await RefusalOf(connection)).Code);
        await connection.AssertAliveAsync();
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_json_is_skipped()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 9, "method": "workspace/symbol", "params": {"query": "withdrawal"}}""", bom: true);
        var response = await connection.ResponseAsync();
        Assert.Equal(9, response.GetProperty("id").GetInt32());
        Assert.True(response.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task A_stray_response_is_dropped_and_the_server_lives()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 99, "result": null}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": "nobody", "error": {"code": -32603, "message": "?"}}""");
        await connection.AssertAliveAsync();
        Assert.Contains("a response to no request", connection.Stderr.ToString());
    }

    [Fact]
    public async Task Framing_lies_and_deep_nesting_are_refused_and_the_server_lives()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        await connection.SendFrameAsync("Content-Type: application/vscode-jsonrpc\r\n\r\n", []);
        Assert.Equal(-32700, (await RefusalOf(connection)).Code);
        await connection.SendFrameAsync("Content-Length: 12\r\n\r\n", "{\"jsonrpc\":\"2.0\"}"u8.ToArray()[..12]);
        Assert.Equal(-32700, (await RefusalOf(connection)).Code);
        var deep = new string('[', 10_000) + new string(']', 10_000);
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 4, \"method\": \"workspace/symbol\", \"params\": {\"query\": " + deep + "}}");
        Assert.Equal(-32700, (await RefusalOf(connection)).Code);
        await connection.AssertAliveAsync();
    }

    [Fact]
    public async Task A_ten_megabyte_message_is_read()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();

        var text = new string('x', 10 * 1024 * 1024);
        await connection.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "untitled:big", languageId = "markdown", version = 1, text } });
        await connection.AssertAliveAsync();
        Assert.Equal(text.Length, connection.Server.Documents.Get("untitled:big")!.Text.Text.Length);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_an_edit_is_kept_so_later_edits_land_right()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();
        const string uri = "untitled:surrogates";
        await connection.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = "ab" } });

        // What a JavaScript client sends when an edit splits a surrogate pair: "\ud83d" alone, then its other half.
        static string Insert(int version, int at, string escaped) =>
            $$$"""{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "untitled:surrogates", "version": {{{version}}}}, "contentChanges": [{"range": {"start": {"line": 0, "character": {{{at}}}}, "end": {"line": 0, "character": {{{at}}}}}, "text": "{{{escaped}}}"}]}}""";
        await connection.SendAsync(Insert(2, 1, "\\ud83d"));
        await connection.SendAsync(Insert(3, 2, "\\ude00"));
        await connection.SendAsync(Insert(4, 4, "!"));

        await connection.AssertAliveAsync();
        Assert.Equal("a\ud83d\ude00b!", connection.Server.Documents.Get(uri)!.Text.Text);
    }

    [Fact]
    public async Task Twenty_requests_in_flight_while_edits_stream_in_are_all_answered()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:busy";
        await harness.OpenAsync(uri, "Left on 15 February 1990 [@soviet-withdrawal-1989].\n");

        var requests = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? (Task)harness.RequestAsync<JsonElement>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(0, 30 + i % 5)))
            : harness.RequestAsync<JsonElement>("textDocument/completion", new { textDocument = new { uri }, position = new { line = 0, character = 27 } })).ToList();
        for (var version = 2; version < 40; version++)
            await harness.ChangeAsync(uri, version, new TextDocumentContentChangeEvent(version % 10 is var digit ? digit.ToString() : "", new Range(new Position(0, 0), new Position(0, 0))));

        await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(5));
        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 39);
        Assert.DoesNotContain("[Error]", harness.Stderr.ToString());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var connection = new RawConnection();
        await connection.InitializeAsync();
        await connection.NotifyAsync("exit", null);
        Assert.Equal(1, await connection.Run.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
