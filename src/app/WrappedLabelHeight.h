#pragma once

#include <QObject>

class QLabel;

// Keeps a word-wrapped label at least as tall as its text needs at its width, where it sits in a
// container that does not ask for a height by width (a splitter's pane), which would otherwise
// cut its last lines.
class WrappedLabelHeight : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabelHeight)

public:
    static void install(QLabel *label);
    ~WrappedLabelHeight() override;
    // Measures again, after the label's text changed.
    static void update(QLabel *label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrappedLabelHeight(QLabel *label);

    QLabel *m_label;
};
