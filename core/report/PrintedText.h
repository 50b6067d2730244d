// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace kinerja {

/**
 * The values a document prints, on their way into its HTML: each is escaped (user text never becomes markup) and
 * recorded in the document's fingerprint. The fingerprint covers the data, not the template wording, so a filed
 * paper still verifies after a new release changes the layout, and any change of a printed value (a target, a
 * rating, a name, the status) gives another fingerprint (VerificationCode).
 * Values are separated in the hash, so ("ab", "c") and ("a", "bc") differ.
 */
class PrintedText
{
public:
    PrintedText();

    /// `text` as HTML: escaped, line breaks kept (<br>); recorded.
    QString html(const QString& text);

    /// Records a value that changes the document without being printed as such (an id, a state code).
    void record(const QString& value);

    /// SHA-256 of everything recorded so far.
    QByteArray fingerprint() const;

    /// Escapes without recording: for fixed wording that is not data.
    static QString escape(const QString& text);

private:
    QCryptographicHash m_hash;
};

} // namespace kinerja
