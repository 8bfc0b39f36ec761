#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <QString>

class ApiError;

// An error sentence as the verify steps show it, as rich text (the sentence escaped): with its
// sign and a link to the HTTP exchange behind it ("exchange:ID"), which the inspector then
// selects.
class ErrorLink
{
    Q_DECLARE_TR_FUNCTIONS(ErrorLink)

public:
    static QString text(const ApiError &error);
    static QString withExchange(const QString &sentence, quint64 exchangeId);
    // The exchange id of a link made by withExchange(); 0 for another link.
    static quint64 exchangeId(const QString &link);

    // Makes a click on an exchange link in `label` call `showExchange` (typically a signal that
    // asks the inspector to show it) on `receiver` with the exchange's id.
    template<typename Receiver>
    static void follow(QLabel *label, Receiver *receiver, void (Receiver::*showExchange)(quint64))
    {
        QObject::connect(label, &QLabel::linkActivated, receiver,
                         [receiver, showExchange](const QString &link) {
                             if (const quint64 id = exchangeId(link))
                                 (receiver->*showExchange)(id);
                         });
    }
};
