// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kinerja {

/**
 * The slow, salted password hash of local sign-in (design.md "Identity"): PBKDF2 (RFC 8018) with HMAC-SHA256,
 * written here on QMessageAuthenticationCode because Qt's QPasswordDigestor lives in QtNetwork, which core does not
 * link. Stateless and thread-safe.
 */
class PasswordHasher
{
public:
    /// The iterations of a new hash: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
    static constexpr int kDefaultIterations = 210000;
    /// The fewest iterations a stored hash may have (the local_account CHECK); AccountRepository refuses fewer.
    static constexpr int kMinimumIterations = 100000;
    /// Bytes of random salt per password.
    static constexpr int kSaltBytes = 16;
    /// Bytes of derived key stored (one SHA-256 block).
    static constexpr int kKeyBytes = 32;

    /// PBKDF2-HMAC-SHA256 of `password` (bytes, e.g. UTF-8) and `salt`; `iterations` >= 1 and `keyBytes` >= 1,
    /// otherwise an empty array.
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyBytes);

    /// The derived key of a password as stored: PBKDF2-HMAC-SHA256 of its UTF-8 bytes, kKeyBytes long.
    static QByteArray hash(const QString& password, const QByteArray& salt, int iterations);
    /// kSaltBytes from the system's cryptographic random generator (QRandomGenerator::system()).
    static QByteArray randomSalt();
    /// Compares in time that depends only on the lengths, not on where the bytes differ.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

} // namespace kinerja
