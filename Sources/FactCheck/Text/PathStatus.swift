import Foundation

/// What a path is, from stat(2), and when it cannot be read, why, in the words a user needs:
/// a FIFO is not "permission denied", a symbolic link loop is not a broken link, and a file in a
/// folder nobody may enter is not "no such file".
enum PathStatus: Equatable {
    case file
    case directory
    /// A FIFO, socket or device: never read from a walked folder (reading could block forever).
    case special(String)
    /// The path cannot be used; the reason says why.
    case unusable(String)
    case missing

    init(_ path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: self = .file
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .special("a FIFO (named pipe), not a regular file")
            case S_IFSOCK: self = .special("a socket, not a regular file")
            default: self = .special("a device, not a regular file")
            }
            return
        }
        let error = errno
        switch error {
        case ELOOP:
            self = .unusable("symbolic link loop")
        case EACCES:
            self = .unusable("permission denied: a folder on its path cannot be entered")
        case ENOENT, ENOTDIR:
            var link = stat()
            if lstat(path, &link) == 0 {
                self = .unusable("broken symbolic link")
            } else if path.contains("\u{FFFD}") {
                // The name's bytes are not UTF-8, so the path as read cannot name the file again.
                self = .unusable("its name is not valid UTF-8; rename it to check it")
            } else {
                self = .missing
            }
        default:
            self = .unusable(String(cString: strerror(error)))
        }
    }
}
