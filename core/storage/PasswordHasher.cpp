// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace kinerja {

QByteArray PasswordHasher::pbkdf2Sha256(
    const QByteArray& password, const QByteArray& salt, int iterations, int keyBytes)
{
    if (iterations < 1 || keyBytes < 1) {
        return {};
    }
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    derived.reserve(keyBytes);
    for (quint32 block = 1; derived.size() < keyBytes; ++block) {
        // U1 = HMAC(P, S || INT_32_BE(i)); Uj = HMAC(P, Uj-1); T = U1 ^ U2 ^ ... ^ Uc.
        const std::array<char, 4> index {static_cast<char>((block >> 24) & 0xFF),
            static_cast<char>((block >> 16) & 0xFF), static_cast<char>((block >> 8) & 0xFF),
            static_cast<char>(block & 0xFF)};
        mac.reset();
        mac.addData(salt);
        mac.addData(index.data(), static_cast<qsizetype>(index.size()));
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int j = 1; j < iterations; ++j) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype k = 0; k < t.size(); ++k) {
                t[k] = static_cast<char>(t.at(k) ^ u.at(k));
            }
        }
        derived.append(t);
    }
    derived.truncate(keyBytes);
    return derived;
}

QByteArray PasswordHasher::hash(const QString& password, const QByteArray& salt, int iterations)
{
    return pbkdf2Sha256(password.toUtf8(), salt, iterations, kKeyBytes);
}

QByteArray PasswordHasher::randomSalt()
{
    std::array<quint32, kSaltBytes / 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray salt;
    salt.reserve(kSaltBytes);
    for (const quint32 word : words) {
        for (int shift = 0; shift < 32; shift += 8) {
            salt.append(static_cast<char>((word >> shift) & 0xFF));
        }
    }
    return salt;
}

bool PasswordHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

} // namespace kinerja
