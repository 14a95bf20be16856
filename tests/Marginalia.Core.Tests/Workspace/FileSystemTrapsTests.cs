using System.Diagnostics;
using System.Net.Sockets;
using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

/// <summary>
/// What a cloned repository or a careless `ln -s` can put among the notes: a FIFO, a device, a socket, a symlink
/// to a pipe, folders that link back to their parents. Each is named as a problem (or skipped), the other notes
/// are still found, and nothing blocks or grows without bound.
/// </summary>
public sealed class FileSystemTrapsTests : IDisposable
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);
    private readonly ScratchFolder _folder = new(("notes/good.md", "A note on 15 February 1989.\n"));

    public void Dispose() => _folder.Dispose();

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(Quick), "blocked");
        return task.Result;
    }

    private (IReadOnlyList<string> Notes, IReadOnlyList<InputException> Problems) Find() =>
        Bounded(() => NoteFiles.Find(_folder.Root, ["."], WorkspaceSettings.Default, new HashSet<string>()));

    private NotesRead ReadAll() => Bounded(() => NoteFiles.ReadAll(_folder.Root, WorkspaceSettings.Default));

    [Fact]
    public void A_fifo_named_like_a_note_is_refused_without_blocking()
    {
        if (!OperatingSystem.IsLinux()) return;
        MakeFifo(_folder["notes/pipe.md"]);

        var read = ReadAll();
        Assert.NotNull(read.Files.Single(f => f.Path.EndsWith("good.md")).Utf8);
        var pipe = read.Files.Single(f => f.Path.EndsWith("pipe.md"));
        Assert.Contains("named pipe", pipe.Problem!.Problem);
    }

    [Fact]
    public void A_symlink_to_a_pipe_is_refused_as_a_pipe()
    {
        if (!OperatingSystem.IsLinux()) return;
        MakeFifo(_folder["pipe"]);
        File.CreateSymbolicLink(_folder["notes/link.md"], _folder["pipe"]);

        var link = ReadAll().Files.Single(f => f.Path.EndsWith("link.md"));
        Assert.Contains("named pipe", link.Problem!.Problem);
    }

    [Fact]
    public void Devices_and_sockets_are_refused_and_proc_files_are_read_whole()
    {
        if (!OperatingSystem.IsLinux()) return;
        File.CreateSymbolicLink(_folder["notes/zero.md"], "/dev/zero");
        File.CreateSymbolicLink(_folder["notes/status.md"], "/proc/self/status");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(_folder["notes/socket.md"]));

        var files = ReadAll().Files;
        Assert.Contains("character device", files.Single(f => f.Path.EndsWith("zero.md")).Problem!.Problem);
        Assert.Contains("socket", files.Single(f => f.Path.EndsWith("socket.md")).Problem!.Problem);
        var status = files.Single(f => f.Path.EndsWith("status.md"));
        Assert.Null(status.Problem);
        Assert.Contains("Pid:", System.Text.Encoding.UTF8.GetString(status.Utf8!));
        Assert.Throws<InputException>(() => TextFile.Read("/dev/zero"));
    }

    [Fact]
    public void A_folder_linking_to_its_parent_is_walked_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateSymbolicLink(_folder["notes/loop"], _folder["notes"]);

        var (notes, _) = Find();
        Assert.Single(notes, n => n.EndsWith("good.md"));
    }

    [Fact]
    public void Two_folders_linking_back_are_walked_once_each()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write("notes/a/one.md", "One.\n");
        _folder.Write("notes/b/two.md", "Two.\n");
        Directory.CreateSymbolicLink(_folder["notes/a/to-b"], _folder["notes/b"]);
        Directory.CreateSymbolicLink(_folder["notes/b/to-a"], _folder["notes/a"]);
        Directory.CreateSymbolicLink(_folder["notes/a/up"], _folder["notes"]);
        Directory.CreateSymbolicLink(_folder["notes/b/up"], _folder["notes"]);

        var (notes, _) = Find();
        Assert.Equal(3, notes.Count);
    }

    [Fact]
    public void A_dangling_folder_link_and_deep_folders_are_no_trouble()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateSymbolicLink(_folder["notes/gone"], _folder["nowhere"]);
        var deep = string.Join('/', Enumerable.Repeat("d", 200));
        _folder.Write($"notes/{deep}/deep.md", "Deep.\n");

        var (notes, problems) = Find();
        Assert.Contains(notes, n => n.EndsWith("good.md"));
        Assert.Contains(problems, p => p.Problem.Contains("nested more than"));
    }

    [Fact]
    public void Zero_byte_binary_non_utf8_and_oversized_notes_are_each_named()
    {
        _folder.Write("notes/empty.md", "");
        File.WriteAllBytes(_folder["notes/binary.md"], [0x41, 0, 0x42]);
        File.WriteAllBytes(_folder["notes/latin1.md"], [0x63, 0x61, 0x66, 0xE9]);
        File.WriteAllBytes(_folder["notes/huge.md"], new byte[9 * 1024 * 1024].Select(_ => (byte)'a').ToArray());

        var files = ReadAll().Files;
        Assert.Null(files.Single(f => f.Path.EndsWith("empty.md")).Problem);
        Assert.Contains("binary", files.Single(f => f.Path.EndsWith("binary.md")).Problem!.Problem);
        Assert.Contains("UTF-8", files.Single(f => f.Path.EndsWith("latin1.md")).Problem!.Problem);
        Assert.Contains("limit is 8 MB", files.Single(f => f.Path.EndsWith("huge.md")).Problem!.Problem);
        Assert.NotNull(files.Single(f => f.Path.EndsWith("good.md")).Utf8);
    }
}
