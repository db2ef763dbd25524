//! Writing a file on a thread of its own, so that hashing (on this thread) and writing overlap:
//! copying a large file then costs about the longer of the two instead of their sum.

use std::fs::File;
use std::io::Write;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

/// Bytes are gathered into buffers of this size before they cross to the writer thread.
const BUF: usize = 4 << 20;
/// Buffers in flight: bounds memory to about `DEPTH * BUF`.
const DEPTH: usize = 4;

pub struct WriteBehind {
    tx: Option<SyncSender<Vec<u8>>>,
    /// Buffers the writer is done with, to be filled again (no page faults for fresh memory).
    spare: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    thread: Option<JoinHandle<std::io::Result<File>>>,
}

impl WriteBehind {
    pub fn new(mut file: File) -> Self {
        let (tx, rx) = sync_channel::<Vec<u8>>(DEPTH);
        let (give_back, spare) = sync_channel::<Vec<u8>>(DEPTH + 1);
        let thread = std::thread::spawn(move || {
            for mut buf in rx {
                file.write_all(&buf)?;
                buf.clear();
                // Nobody waiting for it is fine: the buffer is simply freed.
                let _ = give_back.try_send(buf);
            }
            Ok(file)
        });
        WriteBehind {
            tx: Some(tx),
            spare,
            buf: Vec::with_capacity(BUF),
            thread: Some(thread),
        }
    }

    fn send(&mut self) -> std::io::Result<()> {
        let next = self
            .spare
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(BUF));
        let full = std::mem::replace(&mut self.buf, next);
        let sent = self.tx.as_ref().map(|tx| tx.send(full));
        match sent {
            Some(Ok(())) => Ok(()),
            // The writer stopped: its own error says why.
            _ => Err(self
                .join()
                .err()
                .unwrap_or_else(|| std::io::Error::other("the writer thread stopped"))),
        }
    }

    fn join(&mut self) -> std::io::Result<File> {
        self.tx = None;
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(std::io::Error::other("the writer thread panicked")),
            None => Err(std::io::Error::other("the writer thread is gone")),
        }
    }

    /// Write out everything and hand the file back.
    pub fn finish(mut self) -> std::io::Result<File> {
        if !self.buf.is_empty() {
            self.send()?;
        }
        self.join()
    }
}

impl Write for WriteBehind {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    fn write_all(&mut self, mut data: &[u8]) -> std::io::Result<()> {
        while !data.is_empty() {
            let room = BUF - self.buf.len();
            let (now, later) = data.split_at(room.min(data.len()));
            self.buf.extend_from_slice(now);
            data = later;
            if self.buf.len() == BUF {
                self.send()?;
            }
        }
        Ok(())
    }

    /// Buffers go to the writer thread when full; only [`WriteBehind::finish`] waits for the disk.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for WriteBehind {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Seek as _};

    #[test]
    fn writes_everything_in_order() {
        let file = tempfile::tempfile().expect("temp file");
        let mut w = WriteBehind::new(file);
        let mut want = Vec::new();
        for i in 0..3000u32 {
            let piece: Vec<u8> = (0..(i * 37 % 9000)).map(|j| (i + j) as u8).collect();
            w.write_all(&piece).expect("write");
            want.extend_from_slice(&piece);
        }
        let mut file = w.finish().expect("finish");
        file.rewind().expect("rewind");
        let mut got = Vec::new();
        file.read_to_end(&mut got).expect("read");
        assert_eq!(got, want);
    }
}
