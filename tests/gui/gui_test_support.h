#pragma once

#include "certificate_signer.h"
#include "pkcs12.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

namespace certdeck::gui::testing {

// Answers the next modal question box (delete/purge/remove confirmations) with Yes.
inline void answerNextQuestionWithYes() {
    QTimer::singleShot(50, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible() && box->button(QMessageBox::Yes)) {
                box->button(QMessageBox::Yes)->click();
                return;
            }
        }
        answerNextQuestionWithYes();
    });
}

// Writes a self-signed certificate for CN=`commonName` with its key as `<dir>/<commonName>.pfx`
// protected by `password`; returns the path.
inline QString writeSelfSignedPfx(const QString &dir, const QString &commonName,
                                  const QByteArray &password) {
    auto key = crypto::PrivateKey::generate({});
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=") + commonName;
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(60);
    crypto::Pkcs12Bundle bundle{*key, *crypto::selfSign(*key, subject, spec), {}, {}};
    const QString path = QDir(dir).filePath(commonName + QStringLiteral(".pfx"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(*crypto::writePkcs12(bundle, password));
    return path;
}

} // namespace certdeck::gui::testing
