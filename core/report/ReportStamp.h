// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/**
 * What every page of a printed document carries besides its content (issue 6): the verification code (also as
 * a QR code) that identifies the document and its version, the status in words, and a DRAFT watermark while the
 * document is not settled. Printed in Indonesian, whatever the UI language.
 */
struct ReportStamp
{
    QString code; ///< VerificationCode::make(); empty prints no code
    QString status; ///< "Ditetapkan", "Draf", ...: printed in the footer
    bool draft = false; ///< print the DRAFT watermark
};

} // namespace kinerja
