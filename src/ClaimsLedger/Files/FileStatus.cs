using System.Runtime.InteropServices;

namespace ClaimsLedger.Files;

public enum FileKind { Missing, Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>
/// What a path names, from statx(2) on Linux (the one layout shared by every architecture): its kind and its identity
/// (device and inode), so that two names of one file (symlinks, hard links, "a/../b") are recognised as the same file.
/// Elsewhere only the kind is known, from FileSystemInfo, and identity falls back to the resolved path.
/// </summary>
public readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode, long Size)
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int BufferBytes = 256;

    public bool Exists => Kind != FileKind.Missing;

    /// <summary>True when both name one existing file (same device and inode).</summary>
    public bool IsSameFileAs(FileStatus other) => Exists && other.Exists && Inode != 0 && Device == other.Device && Inode == other.Inode;

    /// <summary>"a FIFO (named pipe)", "a character device", ... for one-line errors.</summary>
    public string Description => Kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <param name="followLinks">Describe what a symbolic link points to (true) or the link itself.</param>
    public static FileStatus Of(string path, bool followLinks = true)
    {
        if (path.Length == 0)
            return default;
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[BufferBytes];
            try
            {
                if (statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) == 0)
                    return FromStatx(buffer);
                var errno = Marshal.GetLastPInvokeError();
                if (errno is 2 or 20 or 40) // ENOENT, ENOTDIR, ELOOP: nothing there to read
                    return default;
            }
            catch (EntryPointNotFoundException)
            {
                // an old C library without statx: fall through
            }
        }
        return Managed(path, followLinks);
    }

    private static FileStatus FromStatx(byte[] b)
    {
        var mode = BitConverter.ToUInt16(b, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var device = ((ulong)BitConverter.ToUInt32(b, 136) << 32) | BitConverter.ToUInt32(b, 140);
        return new FileStatus(kind, device, BitConverter.ToUInt64(b, 32), (long)BitConverter.ToUInt64(b, 40));
    }

    private static FileStatus Managed(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (followLinks && info.LinkTarget is not null)
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            if (!info.Exists)
                return default;
            var kind = info.LinkTarget is not null ? FileKind.SymbolicLink : info is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
            return new FileStatus(kind, 0, 0, info is FileInfo file ? file.Length : 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileStatus(FileKind.Other, 0, 0, 0);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
