extension LSP {
    /// 1 created, 2 changed, 3 deleted.
    public struct FileEvent: Codable, Sendable {
        public var uri: String
        public var type: Int
    }

    public struct DidChangeWatchedFilesParams: Codable, Sendable {
        public var changes: [FileEvent]
    }

    /// `client/registerCapability`, used to ask the client to watch the workspace's files for us.
    public struct RegistrationParams: Encodable, Sendable {
        public struct Registration: Encodable, Sendable {
            public var id: String
            public var method: String
            public var registerOptions: WatchOptions
        }

        public struct WatchOptions: Encodable, Sendable {
            public var watchers: [FileSystemWatcher]
        }

        public struct FileSystemWatcher: Encodable, Sendable {
            public var globPattern: String
        }

        public var registrations: [Registration]
    }
}
