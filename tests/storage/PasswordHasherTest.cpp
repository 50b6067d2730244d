// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PasswordHasher.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

QString pbkdf2Hex(const char* password, const char* salt, int iterations, int keyBytes)
{
    return QString::fromLatin1(
        PasswordHasher::pbkdf2Sha256(QByteArray(password), QByteArray(salt), iterations, keyBytes).toHex());
}

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 gives the published test vectors", "[storage][admin]")
{
    // The RFC 6070 inputs with SHA-256 (as published for PBKDF2-HMAC-SHA256).
    CHECK(pbkdf2Hex("password", "salt", 1, 32)
        == QStringLiteral("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    CHECK(pbkdf2Hex("password", "salt", 2, 32)
        == QStringLiteral("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
    CHECK(pbkdf2Hex("password", "salt", 4096, 32)
        == QStringLiteral("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    CHECK(pbkdf2Hex("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40)
        == QStringLiteral("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"));
    CHECK(QString::fromLatin1(
              PasswordHasher::pbkdf2Sha256(QByteArray("pass\0word", 9), QByteArray("sa\0lt", 5), 4096, 16).toHex())
        == QStringLiteral("89b69d0516f829893c696226650a8687"));
    // RFC 7914 section 11: two blocks of output.
    CHECK(pbkdf2Hex("passwd", "salt", 1, 64)
        == QStringLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d7"
                          "7ef317c71b845b1e30bd509112041d3a19783"));
    CHECK(pbkdf2Hex("Password", "NaCl", 80000, 64)
        == QStringLiteral("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c"
                          "9b3176a272bdebba1d078478f62b397f33c8d"));
}

TEST_CASE("PasswordHasher refuses nonsense parameters and makes fresh salts", "[storage][admin]")
{
    CHECK(PasswordHasher::pbkdf2Sha256("p", "s", 0, 32).isEmpty());
    CHECK(PasswordHasher::pbkdf2Sha256("p", "s", 1, 0).isEmpty());
    const QByteArray a = PasswordHasher::randomSalt();
    const QByteArray b = PasswordHasher::randomSalt();
    CHECK(a.size() == PasswordHasher::kSaltBytes);
    CHECK(a != b);
    CHECK(PasswordHasher::kDefaultIterations >= 210000);
    CHECK(PasswordHasher::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(PasswordHasher::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(PasswordHasher::constantTimeEquals("abc", "abcd"));
    // The UTF-8 bytes of the password are hashed.
    CHECK(PasswordHasher::hash(QStringLiteral("rahasia-ü"), "salt", 2)
        == PasswordHasher::pbkdf2Sha256(QStringLiteral("rahasia-ü").toUtf8(), "salt", 2, PasswordHasher::kKeyBytes));
}
