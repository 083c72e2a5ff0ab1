extension LSP {
    /// 1 created, 2 changed, 3 deleted.
    public struct FileEvent: Codable, Sendable {
        public var uri: String
        public var type: Int
    }

    /// `workspace/didChangeWatchedFiles` params.
    public struct DidChangeWatchedFilesParams: Codable, Sendable {
        public var changes: [FileEvent]
    }

    /// `client/registerCapability`, used to ask the client to watch the workspace's files for us.
    public struct RegistrationParams: Encodable, Sendable {
        /// One capability registered with the client.
        public struct Registration: Encodable, Sendable {
            public var id: String
            public var method: String
            public var registerOptions: WatchOptions
        }

        /// The files to watch.
        public struct WatchOptions: Encodable, Sendable {
            public var watchers: [FileSystemWatcher]
        }

        /// A glob of files to watch.
        public struct FileSystemWatcher: Encodable, Sendable {
            public var globPattern: String
        }

        public var registrations: [Registration]
    }
}
