import NIOCore
import NIOSSH

/// Logs in everyone: a résumé is public, and a visitor should type nothing.
///
/// OpenSSH's client first tries the `none` method; answering success to it means no
/// prompt and no key is ever needed. Public keys and passwords are accepted too, for
/// clients that skip `none`. No credential is looked at or logged.
final class AcceptAnyoneDelegate: NIOSSHServerUserAuthenticationDelegate {
    private let onSuccess: () -> Void

    init(onSuccess: @escaping () -> Void) {
        self.onSuccess = onSuccess
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods {
        [.publicKey, .password]
    }

    func requestReceived(
        request: NIOSSHUserAuthenticationRequest,
        responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        onSuccess()
        responsePromise.succeed(.success)
    }
}
